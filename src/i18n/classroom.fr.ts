/** La vue de classe (#/class) : les codes de partie d'une classe, le tableau, le nuage de points, la dispersion. */
import type { classroomEn } from './classroom.en';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const classroomFr: Widen<typeof classroomEn> = {
  title: 'Vue de classe',
  lead: 'Rassemblez les codes de partie de vos stagiaires : collez-les (tout texte ou lien qui en contient), ou déposez le CSV exporté par votre outil de formulaire ou le JSON de salesfloor run. Chaque code est rejoué ici pour le vérifier ; rien ne quitte ce navigateur.',
  back: 'Retour à l’accueil',
  menu: {
    classView: 'Vue de classe',
    openCode: 'Ouvrir un code de partie',
  },
  input: {
    heading: 'Ajouter des codes',
    paste: 'Collez des codes de partie, des liens ou tout texte qui en contient',
    placeholder: 'sf1.… un ou plusieurs, un par ligne ou au milieu d’autre texte',
    load: 'Charger les codes collés',
    files: 'Choisir des fichiers CSV ou JSON…',
    drop: 'ou déposez ici des fichiers CSV, JSON ou texte',
    clear: 'Vider la classe',
    kept: 'Les codes de la classe sont gardés dans ce navigateur jusqu’à ce que vous la vidiez.',
  },
  progress: {
    opening: 'Rejeu et vérification des codes : {done} sur {total}…',
    done: '{runs, plural, one {# partie chargée} other {# parties chargées}} ; {bad, plural, one {# n’a pas pu être ouverte} other {# n’ont pas pu être ouvertes}} ; {duplicates, plural, one {# doublon compté} other {# doublons comptés}} une fois.',
    nothing: 'Aucun code trouvé dans ce qui a été ajouté.',
    cleared: 'La classe a été vidée.',
    storageFull: 'Ce navigateur refuse de garder les codes (stockage plein ou désactivé) : ils seront perdus au rechargement.',
  },
  stats: {
    heading: 'La classe d’un coup d’œil',
    runs: '{n, plural, one {# partie} other {# parties}}',
    line: '{measure} : médiane {median}, moitié centrale de {q1} à {q3} (écart interquartile {iqr})',
  },
  scatter: {
    title: 'Résultat et effet : bénéfice cumulé et réputation finale de chaque partie',
    lead: 'Chaque point est une partie ; la couleur et la forme disent son scénario. Tirets : les médianes de la classe. Cliquez sur un point pour rejouer sa partie.',
    medianProfit: 'Bénéfice médian de la classe',
    medianReputation: 'Réputation médiane de la classe',
    point: '{scenario}, graine {seed} ({origin}) : bénéfice {profit}, réputation {reputation}',
    summary: '{n, plural, one {# partie} other {# parties}}. {profit}. {reputation}.',
  },
  table: {
    heading: 'Parties',
    caption: 'Les parties de la classe ; cliquez sur un en-tête de colonne pour trier',
    select: 'Choisir',
    selectRun: 'Choisir la partie de graine {seed} ({origin})',
    replay: 'Rejouer',
    replayRun: 'Rejouer la partie de graine {seed}',
    compare: 'Comparer les deux choisies',
    compareHint: 'Choisissez exactement deux parties pour les comparer côte à côte.',
    export: 'Exporter le tableau (CSV)',
    fileName: 'salesfloor-classe.csv',
    sortBy: 'Trier par {column}',
  },
  columns: {
    scenario: 'Scénario',
    seed: 'Graine',
    profit: 'Bénéfice cumulé',
    reputation: 'Réputation finale',
    deals: 'Affaires',
    quits: 'Départs',
    misconduct: 'Manquements',
    hash: 'Empreinte',
    origin: 'Provenance',
    code: 'Code de partie',
  },
  origin: {
    pasted: 'collé',
    line: 'ligne {line}',
    row: 'rang {row}',
    column: 'colonne « {column} »',
    item: 'élément {item}',
  },
  errors: {
    heading: 'Codes qui n’ont pas pu être ouverts ({n})',
    entry: '{origin} : {message}',
    text: 'Texte : {text}',
    json: 'Le fichier {file} n’est pas du JSON valide.',
    empty: 'Aucun code de partie trouvé dans le fichier {file}.',
    unexpected: 'Ce code n’a pas pu être rejoué : {message}.',
  },
};
