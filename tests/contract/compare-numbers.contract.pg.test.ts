import { POSTGRES_CONNECTIONS } from '../support/engine-transports.js';
import { describeComparedNumbers } from './compare-numbers.contract.js';

describeComparedNumbers(POSTGRES_CONNECTIONS);
