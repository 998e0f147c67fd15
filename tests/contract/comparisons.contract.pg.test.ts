import { POSTGRES_CONNECTIONS } from '../support/engine-transports.js';
import { describeComparisons } from './comparisons.contract.js';

describeComparisons(POSTGRES_CONNECTIONS);
