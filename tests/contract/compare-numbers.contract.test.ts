import { SQLITE_CONNECTIONS } from '../support/engine-transports.js';
import { describeComparedNumbers } from './compare-numbers.contract.js';

describeComparedNumbers(SQLITE_CONNECTIONS);
