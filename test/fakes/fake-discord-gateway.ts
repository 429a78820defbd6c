import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

/** Gateway opcodes the fake speaks (Discord gateway docs). */
const OP = { dispatch: 0, heartbeat: 1, identify: 2, hello: 10, heartbeatAck: 11 } as const;

interface GatewayPayload {
  op: number;
  d: unknown;
  s: number | null;
  t: string | null;
}

/**
 * A local Discord gateway over ws: HELLO on connect, READY for an IDENTIFY, an ACK for each heartbeat,
 * and dispatches on demand (INTERACTION_CREATE). Records every frame it receives.
 */
export class FakeDiscordGateway {
  readonly received: GatewayPayload[] = [];
  readonly #sockets = new Set<WebSocket>();
  #identified: Promise<void>;
  #markIdentified: () => void = () => undefined;
  #seq = 0;

  private constructor(
    private readonly server: WebSocketServer,
    private readonly applicationId: string,
    private readonly heartbeatMs: number,
  ) {
    this.#identified = new Promise((resolve) => (this.#markIdentified = resolve));
    server.on("connection", (socket) => this.#accept(socket));
  }

  static async start(options: { applicationId: string; heartbeatMs: number }): Promise<FakeDiscordGateway> {
    const server = new WebSocketServer({ port: 0, host: "127.0.0.1" });
    await new Promise<void>((resolve) => server.once("listening", resolve));
    return new FakeDiscordGateway(server, options.applicationId, options.heartbeatMs);
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Resolves once a client has identified and been sent READY. */
  identified(): Promise<void> {
    return this.#identified;
  }

  /** Sends a dispatch event (e.g. "INTERACTION_CREATE") to every connected client. */
  dispatch(event: string, data: unknown): void {
    this.#seq += 1;
    for (const socket of this.#sockets) this.#send(socket, { op: OP.dispatch, d: data, s: this.#seq, t: event });
  }

  heartbeatsAcked(): number {
    return this.received.filter((frame) => frame.op === OP.heartbeat).length;
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  #accept(socket: WebSocket): void {
    this.#sockets.add(socket);
    socket.on("close", () => this.#sockets.delete(socket));
    this.#send(socket, { op: OP.hello, d: { heartbeat_interval: this.heartbeatMs }, s: null, t: null });
    socket.on("message", (raw) => {
      const frame = JSON.parse(raw.toString()) as GatewayPayload;
      this.received.push(frame);
      if (frame.op === OP.heartbeat) this.#send(socket, { op: OP.heartbeatAck, d: null, s: null, t: null });
      if (frame.op === OP.identify) this.#ready(socket);
    });
  }

  #ready(socket: WebSocket): void {
    this.#seq += 1;
    const ready = {
      v: 10,
      user: { id: this.applicationId, username: "newsbrief", discriminator: "0", global_name: null, avatar: null, bot: true },
      guilds: [],
      session_id: "fake-session",
      resume_gateway_url: this.url,
      application: { id: this.applicationId, flags: 0 },
    };
    this.#send(socket, { op: OP.dispatch, d: ready, s: this.#seq, t: "READY" });
    this.#markIdentified();
  }

  #send(socket: WebSocket, payload: GatewayPayload): void {
    socket.send(JSON.stringify(payload));
  }
}
