/** Run codes and scenario codes: what a person sees when one cannot be opened. */
export const codesEn = {
  ask: {
    label: 'This run was played on a class scenario: paste its scenario code',
    help: 'The instructor hands it out with the scenario’s link (it starts with "sfs1."). This browser keeps it: it is asked for once.',
    open: 'Use this scenario',
    learnt: 'Scenario “{title}” known: its runs open.',
  },
  errors: {
    empty: 'There is no code to open. Paste a run code (it starts with "sf2." or "sf1.") or a link that holds one.',
    format: 'This is not a Salesfloor run code: a code starts with "sf2." (or "sf1.") and has two dots. Check that it was copied whole.',
    checksum: 'This run code is damaged or incomplete (its check digits do not match). Copy it again, whole.',
    corrupt: 'This run code cannot be read: its contents are damaged. Copy it again, whole.',
    version: 'This run code was made with model {code}; this is model {current}, which would not replay it exactly. Open it with Salesfloor {code}.',
    content: 'This run code does not describe a valid run: {message}.',
    scenario: 'This run was played on a class scenario (fingerprint {fingerprint}) this browser does not know yet: paste its scenario code (it starts with "sfs1."), which the instructor handed out, and the run opens.',
    hash: 'Replaying this code gives a different run (hash {run}, the code says {code}): it was changed or made by another program. It cannot be replayed as recorded.',
  },
};
