/** The guided first game: coach marks over the town, the plan and the review. */
export const tourEn = {
  menu: 'Guided tour',
  label: 'Guided tour',
  count: 'Guided tour · {n} of {total}',
  next: 'Next',
  done: 'Got it',
  resume: 'Carry on playing',
  skip: 'Skip the tour',
  skipHint: 'Esc skips the tour. You can take it again from the title menu.',
  town: {
    title: 'The town',
    text: 'Each little house is a customer, coloured by how they feel about your firm: grey, not a customer yet; blue, happy; orange, unhappy. Your sales team works from the office in the middle. Drag to look around; pinch or scroll to zoom.',
  },
  plan: {
    title: 'Your plan',
    text: 'This is how your reps are paid and managed. For a first quarter, keep the plan as it is and press the button here. The tour carries on once the quarter is under way.',
  },
  relating: {
    title: 'A rep relating',
    text: 'Rep {n} relates more than anyone on the team, in {share} of their visits (the handshake over their head): listening and selling what fits. Fewer deals today, customers who stay and speak well of you.',
  },
  pushing: {
    title: 'A rep pushing',
    text: 'Rep {n} pushes more than anyone on the team, in {share} of their visits (the megaphone over their head): hard sells and discounts. Deals now; some of those customers will regret them.',
  },
  talker: {
    title: 'A customer who talks',
    happy: 'This customer is delighted with your firm, and says so to the neighbours: word of mouth (the + in the top bar) brings the next customers to you.',
    unhappy: 'This customer is unhappy, and complains to the neighbours: word of mouth (the − in the top bar) turns the next customers away.',
  },
  result: {
    title: 'The result ledger',
    text: 'What the quarter booked: deals, revenue, pay and profit. These are the numbers a bonus plan looks at.',
  },
  effect: {
    title: 'The effect ledger',
    text: 'What the quarter left behind: how customers feel, what they say, who was lost, who on the team is worn out. Next quarter\u2019s results grow out of this ledger. A good plan fills both.',
  },
};
