import type { AddressInfo } from "node:net";
import { DynamoDbStateStore, stateTableDefinition } from "@airr/aws";
import { CreateTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import dynalite from "dynalite";

/** A dynalite server on 127.0.0.1 (in memory), started and stopped by the test itself. */
export async function startDynalite(): Promise<{ endpoint: string; close(): Promise<void> }> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e?: Error) => (e ? reject(e) : resolve()))),
  };
}

const clientConfig = (endpoint: string) => ({
  endpoint,
  region: "eu-west-1",
  credentials: { accessKeyId: "test", secretAccessKey: "test" },
});

let tables = 0;
/** A fresh state table in the running dynalite, and a store on it. */
export async function freshStateStore(endpoint: string): Promise<DynamoDbStateStore> {
  const tableName = `airr-state-${++tables}`;
  const client = new DynamoDBClient(clientConfig(endpoint));
  await client.send(new CreateTableCommand(stateTableDefinition(tableName)));
  client.destroy();
  return new DynamoDbStateStore({ tableName, clientConfig: clientConfig(endpoint) });
}
