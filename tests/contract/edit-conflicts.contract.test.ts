import { SQLITE_CONNECTIONS } from '../support/engine-transports.js';
import { describeEditConflicts } from './edit-conflicts.contract.js';

describeEditConflicts(SQLITE_CONNECTIONS);
