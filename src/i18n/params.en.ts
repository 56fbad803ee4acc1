/** English labels and one-line explanations of the levers, keyed by parameter key (params.<key>.label / .help). */
export const paramsEn = {
  plan: {
    baseSalary: { label: 'Base salary', help: 'Paid every week whatever the rep sells.' },
    commissionRate: { label: 'Commission', help: 'Share of each rep’s net revenue paid to them.' },
    quotaPeriod: { label: 'Quota period', help: 'No quota, a quota per quarter, or per year (quota and bonus then count four times). Changing the period, the quota or the bonus during a yearly period ends it: it is settled pro rata under its old rules and a new period starts.' },
    quotaByPotential: { label: 'Quota by potential', help: 'How far each rep’s quota is sized to their potential (ability and the reorders their accounts should bring); 0 = the same quota for all.' },
    quotaForecast: { label: 'Quota from last period', help: 'How far the quota follows what the team sold per rep in the period just ended, rather than the quota you set; 0 = your quota as set.' },
    quota: { label: 'Quota per rep', help: 'Net revenue each rep is asked to book in a quarter.' },
    quotaBonus: { label: 'Quota bonus', help: 'Lump sum paid at the end of the period to each rep at or above quota.' },
    commissionFrom: { label: 'Commission from', help: 'Commission is paid only on revenue above this multiple of quota in the period (0 = from the first sale; 1 = only above quota); only with a quota.' },
    acceleratorRate: { label: 'Accelerator', help: 'Commission multiplier on revenue above quota (1 = none).' },
    cap: { label: 'Commission cap', help: 'No commission on revenue above this multiple of quota (0 = no cap).' },
    ratchet: { label: 'Quota ratchet', help: 'Next quota rises by this share of what a rep beat it by.' },
    clawbackWeeks: { label: 'Clawback window', help: 'Commission is taken back if the customer returns or leaves within this many weeks (0 = never).' },
    satisfactionWeight: { label: 'Pay on satisfaction', help: 'Share of variable pay scaled by how satisfied the rep’s recent customers are.' },
    teamShare: { label: 'Team share', help: 'Share of commission computed on the team’s average sales instead of the rep’s own.' },
    discountAuthority: { label: 'Discount authority', help: 'Largest discount a rep may grant to close a deal.' },
  },
  management: {
    coaching: { label: 'Coaching', help: 'Share of management time spent coaching and going to see: raises skill and care.' },
    recognition: { label: 'Recognition', help: 'How often good work is recognised: raises the care motive.' },
    quotaPressure: { label: 'Pressure to make quota', help: 'What ending a period well under quota (below 70%) costs a rep in reviews and job threat; only with a quota.' },
    escalation: { label: 'Escalation after a miss', help: 'How much harder management leans after a missed period: pressure grows by this times the share of reps who ended under 70% of quota.' },
    hourCost: { label: 'Cost of management time', help: 'What a full week of management time for the whole team costs.' },
  },
};
