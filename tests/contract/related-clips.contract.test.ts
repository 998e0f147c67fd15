import { SQLITE_CONNECTIONS } from '../support/engine-transports.js';
import { describeRelatedClips } from './related-clips.contract.js';

describeRelatedClips(SQLITE_CONNECTIONS);
