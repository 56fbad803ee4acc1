/** Les objectifs et les dilemmes du jeu (src/play/goals.ts, src/sim/dilemmas.ts, src/ui/play/dilemmaCard.ts). */
import type { storyEn } from './story.en';

export const storyFr: typeof storyEn = {
  goal: {
    label: 'Objectif',
    beatOne: 'Finir {when} avec plus de bénéfice que {a} sur cette ville, et une réputation d’au moins {rep}.',
    beatBoth: 'Finir {when} avec plus de bénéfice que {a} et que {b} sur cette ville, et une réputation d’au moins {rep}.',
    reputationOnly: 'Finir {when} avec une réputation d’au moins {rep}.',
    when: 'l’année {n}',
    whenWeek: 'la semaine {n}',
    ghost: {
      founder: 'la voie de la fondatrice',
      'sales-director': 'le plan du directeur commercial',
    },
    tracker: 'Objectif : bénéfice {profit} (le plan à battre : {target}) · réputation {rep} (objectif {need})',
    trackerShort: 'Objectif : {profit} contre {target} · rép. {rep}/{need}',
    met: 'Objectif atteint',
    missed: 'Objectif manqué',
    judged: {
      met: 'Objectif atteint : {profit} de bénéfice contre {target}, réputation {rep} (il fallait {need}).',
      profitShort: 'Objectif manqué sur le bénéfice : {profit} contre {target} pour {who}.',
      reputationShort: 'Objectif manqué sur la réputation : {rep}, il fallait {need}.',
      both: 'Objectif manqué sur les deux : {profit} de bénéfice contre {target}, réputation {rep} (il fallait {need}).',
    },
    best: 'Meilleure partie sur cette histoire : {profit} de bénéfice, réputation {rep}{met}',
    bestMet: ' (objectif atteint)',
  },
  dilemma: {
    label: 'À vous de décider',
    costNow: 'Tout de suite : {text}',
    discount: {
      title: '{rep} demande {pct} de remise pour faire son quota',
      body: '{rep} en est à {share} de son quota, à {weeks, plural, one {# semaine} other {# semaines}} de la fin. Le client {customer} signerait maintenant, avec {pct} de remise : {net} au lieu de {value} le trimestre prochain.',
      yes: 'Accorder la remise',
      no: 'Le laisser signer à sa date',
      yesCost: '{cost} de remise ; l’affaire compte ce trimestre, pour le quota et la prime de {rep}',
      noCost: 'rien : l’affaire se conclut le trimestre prochain au prix plein, et {rep} peut manquer son quota',
    },
    poach: {
      title: 'Un concurrent veut embaucher {rep}',
      body: '{rep} vend {rate} par semaine, {times} fois le reste de l’équipe. Un concurrent lui a proposé un poste.',
      yes: 'Suivre l’offre',
      no: 'Le laisser partir',
      yesCost: 'une prime de fidélité de {cost}, versée tout de suite',
      noCost: 'rien : {rep} part cette semaine, et ses comptes et affaires en cours attendent un remplaçant',
    },
    complaint: {
      title: 'Un client se plaint publiquement',
      body: 'Le client {customer}, vendu par {rep} la semaine dernière, est très mécontent de la vente et le dit publiquement.',
      bodyNoRep: 'Le client {customer}, vendu la semaine dernière, est très mécontent de la vente et le dit publiquement.',
      yes: 'Rembourser et s’excuser',
      no: 'L’ignorer',
      yesCost: 'un remboursement de {cost} ; le client revient à un avis neutre',
      noCost: 'rien : d’autres clients entendent la plainte',
    },
    trace: {
      title: 'Vos décisions sur le moment',
      discountYes: '{n, plural, one {Vous avez accordé # remise de fin de trimestre} other {Vous avez accordé # remises de fin de trimestre}} ({cost} de remise) : {n, plural, one {l’affaire a compté} other {les affaires ont compté}} dans le trimestre{returned}.',
      discountReturned: ' ; {k, plural, one {# de ces clients a retourné sa commande} other {# de ces clients ont retourné leur commande}}',
      discountNo: '{n, plural, one {Vous avez refusé # remise de fin de trimestre} other {Vous avez refusé # remises de fin de trimestre}} : {n, plural, one {l’affaire s’est conclue} other {les affaires se sont conclues}} à {n, plural, one {sa} other {leur}} date.',
      poachYes: 'Vous avez suivi l’offre d’un concurrent à {rep} ({cost}).',
      poachNo: 'Vous avez laissé partir {rep} chez un concurrent.',
      complaintYes: '{n, plural, one {Vous avez remboursé # client qui se plaignait publiquement} other {Vous avez remboursé # clients qui se plaignaient publiquement}} ({cost}).',
      complaintNo: '{n, plural, one {Vous avez ignoré # plainte publique} other {Vous avez ignoré # plaintes publiques}}.',
    },
  },
};
