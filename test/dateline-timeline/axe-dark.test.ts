// axe-core over every story and state in the dark colour scheme, emulated: Chromium only
// (web-test-runner.config.mjs names why). The suite is axe-suite.ts.
import { axeSuite } from './axe-suite.js';

axeSuite('dark');
