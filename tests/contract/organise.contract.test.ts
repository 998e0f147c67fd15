import { SQLITE_CONNECTIONS } from '../support/engine-transports.js';
import { describeOrganise } from './organise.contract.js';

describeOrganise(SQLITE_CONNECTIONS);
