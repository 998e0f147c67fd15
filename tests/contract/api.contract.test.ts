import { SQLITE_CONNECTIONS } from '../support/engine-transports.js';
import { describeApi } from './api.contract.js';

describeApi(SQLITE_CONNECTIONS);
