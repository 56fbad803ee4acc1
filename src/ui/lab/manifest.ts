/**
 * What the lab's downloads carry with them: the model (name, version and the
 * hash of its sources) that made the numbers, beside the spec that asked for
 * them. The CSVs and the spec stay byte for byte what `salesfloor sweep`
 * reads and writes (tests compare them); their provenance travels as the
 * command line's does, in a manifest.json beside them that names the files
 * it covers.
 */
import { modelProvenance } from '../../research/provenance';
import { seedsOf, type SweepSpec } from '../../lab/sweepSpec';

export interface ManifestInput {
  spec: SweepSpec;
  /** the measures computed for every run (runs.csv's columns after the totals) */
  measures: Record<string, unknown>;
  runs: number;
  weekRows: number;
  files: string[];
  started: string;
  seconds: number;
  workers: number;
}

/** A batch's manifest, in the command line's shape (model, spec, seeds, rows) with the lab's provenance. */
export function labManifest(m: ManifestInput): Record<string, unknown> {
  return {
    ...modelProvenance(),
    made: 'lab',
    spec: m.spec,
    measures: m.measures,
    seeds: seedsOf(m.spec),
    sweepRuns: m.runs,
    workers: m.workers,
    started: m.started,
    runtimeSeconds: m.seconds,
    rows: { runs: m.runs, weeks: m.weekRows },
    files: m.files,
  };
}
