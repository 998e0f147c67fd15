import { POSTGRES_CONNECTIONS } from '../support/engine-transports.js';
import { describeSettings } from './settings.contract.js';

describeSettings(POSTGRES_CONNECTIONS);
