import { SQLITE_CONNECTIONS } from '../support/engine-transports.js';
import { describeNameSpellings } from './name-spellings.contract.js';

describeNameSpellings(SQLITE_CONNECTIONS);
