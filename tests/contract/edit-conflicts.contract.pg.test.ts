import { POSTGRES_CONNECTIONS } from '../support/engine-transports.js';
import { describeEditConflicts } from './edit-conflicts.contract.js';

describeEditConflicts(POSTGRES_CONNECTIONS);
