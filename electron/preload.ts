// Exposes the contract, and nothing else, to the renderer. The renderer never
// sees ipcRenderer: each method is a function that forwards its arguments on
// one channel, and each event is subscribable by its contract name only.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildBridge } from './shared/bridge.ts';
import { BRIDGE_GLOBAL, eventChannel, eventNames, INVOKE_CHANNEL, methodNames, type EventName } from './shared/contract.ts';
import type { Envelope } from './shared/models.ts';

const bridge = buildBridge(
  methodNames,
  (method, args) => ipcRenderer.invoke(INVOKE_CHANNEL, method, args) as Promise<Envelope<unknown>>,
  (event: EventName, listener) => {
    if (!eventNames.includes(event)) throw new Error(`Unknown event ${String(event)}`);
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(eventChannel(event), forward);
    return () => ipcRenderer.removeListener(eventChannel(event), forward);
  },
);

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
