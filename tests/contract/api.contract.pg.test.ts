import { POSTGRES_CONNECTIONS } from '../support/engine-transports.js';
import { describeApi } from './api.contract.js';

describeApi(POSTGRES_CONNECTIONS);
