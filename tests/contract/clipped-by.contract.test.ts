import { SQLITE_CONNECTIONS } from '../support/engine-transports.js';
import { describeClippedBy } from './clipped-by.contract.js';

describeClippedBy(SQLITE_CONNECTIONS);
