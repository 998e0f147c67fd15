import { SQLITE_CONNECTIONS } from '../support/engine-transports.js';
import { describeClipEditing } from './clip-edit.contract.js';

describeClipEditing(SQLITE_CONNECTIONS);
