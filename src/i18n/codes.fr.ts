import type { codesEn } from './codes.en';

/** Codes de partie et codes de scénario : ce qu'on lit quand l'un ne s'ouvre pas. */
export const codesFr: typeof codesEn = {
  ask: {
    label: 'Cette partie a été jouée sur un scénario de classe : collez son code de scénario',
    help: 'L\'animateur le remet avec le lien du scénario (il commence par « sfs1. »). Ce navigateur le garde : il n\'est demandé qu\'une fois.',
    open: 'Utiliser ce scénario',
    learnt: 'Scénario « {title} » connu : ses parties s\'ouvrent.',
  },
  errors: {
    empty: 'Il n\'y a pas de code à ouvrir. Collez un code de partie (il commence par « sf2. » ou « sf1. ») ou un lien qui en contient un.',
    format: 'Ce n\'est pas un code de partie Salesfloor : un code commence par « sf2. » (ou « sf1. ») et contient deux points. Vérifiez qu\'il a été copié en entier.',
    checksum: 'Ce code de partie est abîmé ou incomplet (ses chiffres de contrôle ne correspondent pas). Copiez-le de nouveau, en entier.',
    corrupt: 'Ce code de partie est illisible : son contenu est abîmé. Copiez-le de nouveau, en entier.',
    version: 'Ce code de partie a été créé avec le modèle {code} ; voici le modèle {current}, qui ne le rejouerait pas à l\'identique. Ouvrez-le avec Salesfloor {code}.',
    content: 'Ce code de partie ne décrit pas une partie valide : {message}.',
    scenario: 'Cette partie a été jouée sur un scénario de classe (empreinte {fingerprint}) que ce navigateur ne connaît pas encore : collez son code de scénario (il commence par « sfs1. »), remis par l\'animateur, et la partie s\'ouvre.',
    hash: 'Rejouer ce code donne une autre partie (empreinte {run}, le code annonce {code}) : il a été modifié ou produit par un autre programme. Il ne peut pas être rejoué tel qu\'enregistré.',
  },
};
