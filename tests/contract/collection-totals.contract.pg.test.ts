import { POSTGRES_CONNECTIONS } from '../support/engine-transports.js';
import { describeCollectionTotals } from './collection-totals.contract.js';

describeCollectionTotals(POSTGRES_CONNECTIONS);
