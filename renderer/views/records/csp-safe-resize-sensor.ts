import { ResizeSensor } from '@blueprintjs/table/lib/esm/interactions/resizeSensor';

/**
 * Blueprint Table's resize sensor writes its markup through innerHTML with inline style
 * attributes, which the console's CSP (style-src 'self') refuses, leaving the sensor blind and
 * the console full of violations. The same markup without the attributes, styled by
 * data-grid.css, keeps it working. (Its own element is styled through the CSSOM, which the CSP
 * allows.)
 */
Reflect.set(
  ResizeSensor,
  'RESIZE_SENSOR_HTML',
  '<div class="bp6-table-resize-sensor-expand"><div></div></div>' +
    '<div class="bp6-table-resize-sensor-shrink"><div></div></div>',
);
