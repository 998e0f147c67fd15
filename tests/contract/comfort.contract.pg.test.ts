import { POSTGRES_CONNECTIONS } from '../support/engine-transports.js';
import { describeComfort } from './comfort.contract.js';

describeComfort(POSTGRES_CONNECTIONS);
