/** A behavioural number of a rule that is not a parameter: its value and its source, or the check it was calibrated to. */
export interface Constant {
  value: number;
  source: string;
}
