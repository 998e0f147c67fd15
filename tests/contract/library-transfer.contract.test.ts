import { SQLITE_CONNECTIONS } from '../support/engine-transports.js';
import { describeLibraryTransfer } from './library-transfer.contract.js';

describeLibraryTransfer(SQLITE_CONNECTIONS);
