/** Partager une partie depuis le bilan, téléchargements, mode projecteur et impression. */
import type { shareEn } from './share.en';

export const shareFr: typeof shareEn = {
  heading: 'Rendre / partager cette partie',
  help: 'Ce code contient toute la partie : scénario, graine, chaque décision et l\u2019empreinte. Collez-le dans n\u2019importe quel formulaire ou envoyez le lien ; le formateur l\u2019ouvre pour rejouer votre partie à l\u2019identique.',
  code: 'Code de la partie',
  copy: 'Copier le code',
  copied: 'Code de la partie copié.',
  copyFailed: 'Copie automatique impossible : le code est sélectionné, appuyez sur Ctrl+C (⌘C sur Mac).',
  link: 'Lien vers la relecture',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié.',
  qrLink: 'QR code du lien : scannez-le avec un téléphone pour ouvrir la relecture.',
  qrCode: 'Le lien est trop long pour un QR code ; celui-ci contient seulement le code de la partie (à coller dans la page de relecture).',
  qrTooLong: 'Cette partie est trop longue pour un QR code ({chars, plural, one {# caractère} other {# caractères}} ; un QR code en contient au plus {max}). Copiez plutôt le code ou le lien.',
  downloads: 'Téléchargements',
  csv: 'Données hebdomadaires (CSV)',
  json: 'La partie (JSON)',
  print: 'Imprimer',
  printHelp: 'Imprime les graphiques, les moments clés, les questions et ce code ; tient en A4 et en Letter.',
  png: 'PNG',
  pngLabel: 'Télécharger le graphique « {title} » en image PNG',
  projector: 'Projecteur',
  projectorLabel: 'Mode projecteur : grands caractères et fort contraste pour une salle',
};
