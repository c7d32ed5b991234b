// A stand-in for the sandbox worker whose misbehaviour the test chooses, by the expression sent:
// what the real engine never does (spin past every limit, garble or die) cannot be provoked in it.
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({ type: 'ready' });
parentPort.on('message', (request) => {
  const [what] = request.expressions;
  if (what === 'spin') for (;;);
  if (what === 'garble')
    parentPort.postMessage({
      type: 'expressions',
      id: request.id,
      results: [{ kind: 'number', value: 'one' }],
      retire: false,
    });
  else if (what === 'die') {
    parentPort.postMessage({ type: 'broken', id: request.id, text: 'the engine aborted' });
    process.exit(1);
  } else
    parentPort.postMessage({
      type: 'expressions',
      id: request.id,
      results: [{ kind: 'number', value: 1 }],
      retire: false,
    });
});
