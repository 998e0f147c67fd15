import { SQLITE_CONNECTIONS } from '../support/engine-transports.js';
import { describeComfort } from './comfort.contract.js';

describeComfort(SQLITE_CONNECTIONS);
