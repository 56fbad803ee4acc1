/** La première partie guidée : des repères sur la ville, le plan et le bilan du trimestre. */
import type { tourEn } from './tour.en';

export const tourFr: typeof tourEn = {
  menu: 'Visite guidée',
  label: 'Visite guidée',
  count: 'Visite guidée · {n} sur {total}',
  next: 'Suivant',
  done: 'Compris',
  resume: 'Reprendre la partie',
  skip: 'Passer la visite',
  skipHint: 'Échap passe la visite. Vous pouvez la refaire depuis le menu d\u2019accueil.',
  town: {
    title: 'La ville',
    text: 'Chaque petite maison est un client, colorée selon ce qu\u2019il pense de votre entreprise : gris, pas encore client ; bleu, content ; orange, mécontent. Votre équipe commerciale part du bureau, au centre. Faites glisser pour vous déplacer ; pincez ou utilisez la molette pour zoomer.',
  },
  plan: {
    title: 'Votre plan',
    text: 'Voici comment vos commerciaux sont payés et encadrés. Pour un premier trimestre, gardez le plan tel quel et appuyez sur ce bouton. La visite reprend une fois le trimestre lancé.',
  },
  relating: {
    title: 'Un commercial qui cultive la relation',
    text: 'Le commercial {n} cultive la relation plus que tout autre dans l\u2019équipe, dans {share} de ses visites (la poignée de main au-dessus de sa tête) : il écoute et vend ce qui convient. Moins de ventes aujourd\u2019hui, des clients qui restent et parlent bien de vous.',
  },
  pushing: {
    title: 'Un commercial qui force la vente',
    text: 'Le commercial {n} force la vente plus que tout autre dans l\u2019équipe, dans {share} de ses visites (le mégaphone au-dessus de sa tête) : vente agressive et remises. Des ventes tout de suite ; certains de ces clients le regretteront.',
  },
  talker: {
    title: 'Un client qui parle',
    happy: 'Ce client est ravi de votre entreprise et le dit à ses voisins : le bouche-à-oreille (le + dans la barre du haut) vous amène les clients suivants.',
    unhappy: 'Ce client est mécontent et s\u2019en plaint à ses voisins : le bouche-à-oreille (le − dans la barre du haut) détourne les clients suivants.',
  },
  result: {
    title: 'Le registre « Résultat »',
    text: 'Ce que le trimestre a rapporté : ventes, chiffre d\u2019affaires, rémunération et bénéfice. Ce sont les chiffres que regarde un plan de primes.',
  },
  effect: {
    title: 'Le registre « Effet »',
    text: 'Ce que le trimestre laisse derrière lui : ce que ressentent les clients, ce qu\u2019ils disent, ceux qui sont partis, l\u2019usure de l\u2019équipe. Les résultats du trimestre suivant naissent de ce registre. Un bon plan remplit les deux.',
  },
};
