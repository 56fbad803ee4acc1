/** Libellés et explications d'une ligne des leviers, par clé de paramètre (params.<clé>.label / .help). */
export const paramsFr = {
  plan: {
    baseSalary: { label: 'Salaire fixe', help: 'Versé chaque semaine, quoi que vende le commercial.' },
    commissionRate: { label: 'Commission', help: 'Part du chiffre d’affaires net de chaque commercial qui lui est versée.' },
    quotaPeriod: { label: 'Période du quota', help: 'Pas de quota, un quota par trimestre, ou par an (quota et prime comptent alors quatre fois). Changer la période, le quota ou la prime en cours d’année clôt la période : elle est soldée au prorata selon ses anciennes règles, et une nouvelle commence.' },
    quotaByPotential: { label: 'Quota selon le potentiel', help: 'Dans quelle mesure le quota de chacun suit son potentiel (talent et réassorts attendus de ses clients) ; 0 = le même quota pour tous.' },
    quotaForecast: { label: 'Quota selon la période passée', help: 'Dans quelle mesure le quota suit ce que l’équipe a vendu par commercial sur la période écoulée, plutôt que le quota que vous fixez ; 0 = votre quota tel quel.' },
    quota: { label: 'Quota par commercial', help: 'Chiffre d’affaires net demandé à chaque commercial sur un trimestre.' },
    quotaBonus: { label: 'Prime sur quota', help: 'Somme versée en fin de période à chaque commercial qui atteint son quota.' },
    commissionFrom: { label: 'Commission à partir de', help: 'La commission n’est versée que sur le chiffre d’affaires au-delà de ce multiple du quota dans la période (0 = dès la première vente ; 1 = seulement au-delà du quota) ; seulement avec un quota.' },
    acceleratorRate: { label: 'Accélérateur', help: 'Multiplicateur de commission au-delà du quota (1 = aucun).' },
    cap: { label: 'Plafond de commission', help: 'Plus de commission au-delà de ce multiple du quota (0 = pas de plafond).' },
    ratchet: { label: 'Cliquet du quota', help: 'Le quota suivant monte de cette part du dépassement.' },
    clawbackWeeks: { label: 'Reprise de commission', help: 'La commission est reprise si le client rend le produit ou part dans ce nombre de semaines (0 = jamais).' },
    satisfactionWeight: { label: 'Variable sur la satisfaction', help: 'Part du variable modulée par la satisfaction des clients récents du commercial.' },
    teamShare: { label: 'Part collective', help: 'Part de la commission calculée sur les ventes moyennes de l’équipe plutôt que sur les siennes.' },
    discountAuthority: { label: 'Latitude de remise', help: 'Remise maximale qu’un commercial peut accorder pour conclure.' },
  },
  management: {
    coaching: { label: 'Coaching', help: 'Part du temps de management passée à coacher et à aller voir : élève compétence et motivation.' },
    recognition: { label: 'Reconnaissance', help: 'Fréquence à laquelle le bon travail est reconnu : élève la motivation à bien servir.' },
    quotaPressure: { label: 'Pression sur le quota', help: 'Ce que coûte à un commercial de finir une période nettement sous son quota (moins de 70 %) : entretiens, menace sur l’emploi ; seulement avec un quota.' },
    escalation: { label: 'Escalade après un échec', help: 'De combien la direction appuie plus fort après une période manquée : la pression croît de ce facteur fois la part des commerciaux finis sous 70 % du quota.' },
    hourCost: { label: 'Coût du temps de management', help: 'Ce que coûte une semaine complète de management pour toute l’équipe.' },
  },
};
