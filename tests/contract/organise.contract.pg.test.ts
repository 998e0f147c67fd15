import { POSTGRES_CONNECTIONS } from '../support/engine-transports.js';
import { describeOrganise } from './organise.contract.js';

describeOrganise(POSTGRES_CONNECTIONS);
