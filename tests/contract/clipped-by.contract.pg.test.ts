import { POSTGRES_CONNECTIONS } from '../support/engine-transports.js';
import { describeClippedBy } from './clipped-by.contract.js';

describeClippedBy(POSTGRES_CONNECTIONS);
