import { SQLITE_CONNECTIONS } from '../support/engine-transports.js';
import { describeCollectionConflicts } from './collection-conflicts.contract.js';

describeCollectionConflicts(SQLITE_CONNECTIONS);
