// axe-core over every story and state, in the light colour scheme, in every engine (axe-suite.ts).
import { axeSuite } from './axe-suite.js';

axeSuite('light');
