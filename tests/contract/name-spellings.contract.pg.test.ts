import { POSTGRES_CONNECTIONS } from '../support/engine-transports.js';
import { describeNameSpellings } from './name-spellings.contract.js';

describeNameSpellings(POSTGRES_CONNECTIONS);
