import { POSTGRES_CONNECTIONS } from '../support/engine-transports.js';
import { describeRelatedClips } from './related-clips.contract.js';

describeRelatedClips(POSTGRES_CONNECTIONS);
