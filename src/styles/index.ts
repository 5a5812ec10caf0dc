/** The element's style sheets, one per part of the drawing, in cascade order. */
import { detailsStyles } from './details.js';
import { erasStyles } from './eras.js';
import { filterBarStyles } from './filter-bar.js';
import { hostStyles } from './host.js';
import { legendStyles } from './legend.js';
import { listStyles } from './list.js';
import { marksStyles } from './marks.js';
import { overviewStyles } from './overview.js';
import { plotStyles } from './plot.js';
import { printStyles } from './print.js';
import { toolbarStyles } from './toolbar.js';
import { verticalStyles } from './vertical.js';

export const styles = [hostStyles, toolbarStyles, filterBarStyles, listStyles, plotStyles, erasStyles, marksStyles, overviewStyles, legendStyles, detailsStyles, verticalStyles, printStyles];
