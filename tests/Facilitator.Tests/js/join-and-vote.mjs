// A phone written against the official SignalR JavaScript client with MessagePack: joins with a
// join code, casts one dot (sent `sends` times with the same command id, as a phone retries when an
// answer is lost), waits for the pushed views and prints one JSON line with what it got.
//
//   node join-and-vote.mjs <baseUrl> <joinCode> <topicId> [sends]
//
// Wire format of the .NET hub's MessagePack protocol (SignalR's default resolver): enums travel as
// their names, Guids as 36-character strings ("D" format), objects as maps keyed by property name.
import { randomUUID } from "node:crypto";
import { HubConnectionBuilder, LogLevel } from "@microsoft/signalr";
import { MessagePackHubProtocol } from "@microsoft/signalr-protocol-msgpack";
import { NewestViews } from "./newest-views.mjs";

// Generous: only ends a run whose push never comes, so the test reports what was missing instead of hanging.
const pushLimitMs = 30_000;
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const [baseUrl, joinCode, topicArgument, sendsArgument = "1"] = process.argv.slice(2);
if (!baseUrl || !joinCode || !topicArgument) {
  console.error("usage: node join-and-vote.mjs <baseUrl> <joinCode> <topicId> [sends]");
  process.exit(2);
}

const topicId = guid(topicArgument);
const sends = Number.parseInt(sendsArgument, 10);
if (!(sends >= 1)) {
  throw new Error(`sends must be a positive number: ${sendsArgument}`);
}

const views = new NewestViews();
const connection = new HubConnectionBuilder()
  .withUrl(new URL("hub", baseUrl).href)
  .withHubProtocol(new MessagePackHubProtocol())
  // Warnings and errors go to stderr; stdout carries only the result line.
  .configureLogging(LogLevel.Warning)
  .build();
connection.on("BoardChanged", (board) => views.board(board));
connection.on("OwnViewChanged", (own) => views.own(own));

try {
  await connection.start();
  const joined = await connection.invoke("Join", joinCode, "Node", "InRoom", null);
  const result = { join: joinSummary(joined), casts: [], board: null, own: null };
  if (joined.Accepted) {
    const commandId = randomUUID();
    for (let i = 0; i < sends; i++) {
      result.casts.push(commandSummary(await connection.invoke("CastDot", commandId, topicId)));
    }

    const version = Math.max(...result.casts.map((c) => c.version));
    result.board = await views.boardAt(version, pushLimitMs);
    result.own = await views.ownAt(version, pushLimitMs, topicId);
  }

  process.stdout.write(JSON.stringify(result) + "\n");
} finally {
  await connection.stop();
}

function guid(value) {
  if (typeof value !== "string" || !guidPattern.test(value)) {
    throw new Error(`not a Guid in "D" format: ${value}`);
  }

  return value.toLowerCase();
}

function joinSummary(joined) {
  return {
    accepted: joined.Accepted,
    refusal: joined.Refusal,
    detail: joined.Detail,
    assemblyId: joined.AssemblyId,
    participantId: joined.ParticipantId,
    hasDeviceToken: typeof joined.DeviceToken === "string" && joined.DeviceToken.length > 0,
    snapshotVersion: joined.Snapshot?.Board.Version ?? null,
  };
}

function commandSummary(answer) {
  return { accepted: answer.Accepted, refusal: answer.Refusal, detail: answer.Detail, version: answer.Version };
}
