/** Chaînes françaises : mêmes clés que en.ts. */
import type { Strings } from './en';
import { uiFr } from './ui.fr';
import { paramsFr } from './params.fr';
import { codesFr } from './codes.fr';
import { labFr } from './lab.fr';
import { replayFr } from './replay.fr';
import { classroomFr } from './classroom.fr';
import { shareFr } from './share.fr';
import { offlineFr } from './offline.fr';
import { facilitatorFr } from './facilitator.fr';
import { whyFr } from './why.fr';
import { libraryFr } from './library.fr';
import { cliFr } from './cli.fr';
import { tourFr } from './tour.fr';
import { inputErrorsFr } from './inputErrors.fr';
import { storyFr } from './story.fr';
import { roomFr } from './room.fr';

export const fr: Strings = {
  ui: uiFr,
  params: paramsFr,
  codes: codesFr,
  lab: labFr,
  replay: replayFr,
  classroom: classroomFr,
  share: shareFr,
  offline: offlineFr,
  facilitator: facilitatorFr,
  why: whyFr,
  library: libraryFr,
  story: storyFr,
  room: roomFr,
  app: {
    name: 'Salesfloor',
    tagline: 'Une équipe commerciale entre primes au volume et construction de la réputation : le résultat de la vente, et son effet.',
  },
  scenarios: {
    founder: {
      title: 'La voie du fondateur',
      briefing: 'Surtout du fixe, une part variable liée à la satisfaction des clients, beaucoup de coaching et pas de quota. On achète à ceux qu\u2019on apprécie.',
    },
    'sales-director': {
      title: 'Le plan du directeur commercial',
      briefing: 'Fixe bas, forte commission, quota trimestriel avec prime et accélérateur x2, large latitude de remise, peu de coaching. Le volume d\u2019abord.',
    },
    'ambivalent-ceo': {
      title: 'Le PDG ambivalent',
      briefing: 'Un peu de coaching et un peu de variable sur la satisfaction, mais un quota trimestriel ambitieux et une grosse prime. De bonnes ventes, et beaucoup.',
    },
    'linear-commission': {
      title: 'Commission linéaire',
      briefing: 'Un fixe et une commission constante sur chaque vente, sans quota. La référence des expériences sur la rémunération.',
    },
    'quarterly-quota': {
      title: 'Quota trimestriel',
      briefing: 'La même rémunération attendue que la commission linéaire, versée en prime forfaitaire à l\u2019atteinte d\u2019un quota trimestriel.',
    },
    'annual-quota': {
      title: 'Quota annuel',
      briefing: 'Toujours la même rémunération attendue, versée en prime forfaitaire à l\u2019atteinte d\u2019un quota annuel.',
    },
    'capped-quota': {
      title: 'Quota plafonné avec cliquet',
      briefing: 'Une commission seulement sur les ventes au-delà d’un quota trimestriel, aucune au-delà de deux fois le quota, et un quota relevé après un bon trimestre : le plan que Misra et Nair ont étudié avant que l’entreprise le remplace par une simple commission.',
    },
    clawback: {
      title: 'Directeur commercial avec reprise',
      briefing: 'Le plan du directeur commercial, mais la commission est reprise quand un client rend le produit ou part dans les 13 semaines.',
    },
    'team-bonus': {
      title: 'Commission d\u2019équipe',
      briefing: 'Un fixe et une commission calculée sur les ventes de toute l\u2019équipe plutôt que sur celles de chacun.',
    },
  },
  cli: cliFr,
  tour: tourFr,
  inputErrors: inputErrorsFr,
  game: {
    loading: 'Chargement de la ville…',
    canvasLabel: 'La ville : les maisons des clients colorées selon leur satisfaction, le bureau et les commerciaux au travail',
    week: 'Semaine {week} · T{quarter}',
    weekOf: 'semaine {week} sur {total}',
    reputation: 'Réputation',
    cash: 'Trésorerie',
    wordOfMouth: 'Bouche-à-oreille',
    office: 'Bureau',
    rep: 'Commercial {n}',
    repShort: 'Com. {n}',
    fx: {
      hired: 'recrue',
      quit: 'démission',
    },
    hud: {
      heading: 'Les chiffres de la ville',
      reputationChange: 'Réputation {value} : {change} {since}',
      strip: 'Les semaines du trimestre : {n, plural, =0 {rien de marqué pour l’instant} one {# semaine où il s’est passé quelque chose} other {# semaines où il s’est passé quelque chose}}',
      tick: '{week} : {what}',
      repQuota: '{rep} : {pct} du quota',
      repSales: '{rep} : ventes du trimestre {sales}',
      marks: {
        departure: 'un départ',
        hire: 'une recrue',
        returns: 'une vague de retours',
        moved: 'des ventes retenues ou avancées',
        market: 'le marché a bougé',
        dilemma: 'un dilemme',
      },
    },
    legend: {
      heading: 'Légende',
      prospect: 'Prospect',
      pending: 'Vente en cours',
      promoter: 'Promoteur',
      satisfied: 'Satisfait',
      lukewarm: 'Mitigé',
      unhappy: 'Mécontent',
      veryUnhappy: 'Très mécontent',
      lost: 'Perdu',
      relating: 'Relation',
      pushing: 'Pression',
      deal: 'Vente',
      discount: 'Remise',
      returned: 'Retour',
      leaves: 'Client qui part',
      praise: 'Éloge',
      complaint: 'Plainte',
      pulledIn: 'Vente avancée',
      heldBack: 'Vente retenue',
      misconduct: 'Faute',
      angry: 'Part mécontent',
      hire: 'Recrue',
      quit: 'Démission',
      bonus: 'Prime',
    },
  },
};
