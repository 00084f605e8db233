// Every deviation's probe, by deviation name.
import type { Probe } from './probe.js';
import { CONNECTION_PROBES } from './connection-probes.js';
import { CONSTRAINT_PROBES } from './constraint-probes.js';
import { TAG_AND_LIST_PROBES } from './tag-and-list-probes.js';
import { GAP_PROBES } from './gap-probes.js';
import { WIRE_PROBES } from './wire-probes.js';
import { SHAPE_PROBES } from './shape-probes.js';
import { AUDIT_PROBES } from './audit-probes.js';
import { LIFECYCLE_PROBES } from './lifecycle-probes.js';
import { CONTROL_PROBES } from './control-probes.js';

export const PROBES: Readonly<Record<string, Probe>> = {
  ...WIRE_PROBES,
  ...CONNECTION_PROBES,
  ...TAG_AND_LIST_PROBES,
  ...CONSTRAINT_PROBES,
  ...GAP_PROBES,
  ...SHAPE_PROBES,
  ...AUDIT_PROBES,
  ...LIFECYCLE_PROBES,
  ...CONTROL_PROBES,
};
