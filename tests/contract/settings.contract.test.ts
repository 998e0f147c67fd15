import { SQLITE_CONNECTIONS } from '../support/engine-transports.js';
import { describeSettings } from './settings.contract.js';

describeSettings(SQLITE_CONNECTIONS);
