import { SQLITE_CONNECTIONS } from '../support/engine-transports.js';
import { describeCollectionTotals } from './collection-totals.contract.js';

describeCollectionTotals(SQLITE_CONNECTIONS);
