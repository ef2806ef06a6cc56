#!/usr/bin/env python3
"""FakeDynamo server smoke test from another language: boto3 against a running server.

Usage: boto3_smoke.py <endpoint-url>
Prints one line per check and a summary; exits 1 on any mismatch (2 on bad usage).
Credentials are dummies passed explicitly; nothing is read from ~/.aws.
"""
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

failures = []


def check(name, condition, detail=""):
    print(("ok   " if condition else "FAIL ") + name + ("" if condition else f": {detail}"))
    if not condition:
        failures.append(name)


def error_code(call):
    try:
        call()
    except ClientError as e:
        return e.response["Error"]["Code"], e.response["Error"].get("Message")
    return None, None


def main(endpoint):
    session = boto3.session.Session(aws_access_key_id="x", aws_secret_access_key="y", region_name="us-east-1")
    ddb = session.client("dynamodb", endpoint_url=endpoint, config=Config(retries={"max_attempts": 1}))

    ddb.create_table(
        TableName="Music",
        BillingMode="PAY_PER_REQUEST",
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}, {"AttributeName": "sk", "AttributeType": "S"}],
    )
    ddb.get_waiter("table_exists").wait(TableName="Music", WaiterConfig={"Delay": 1, "MaxAttempts": 5})
    check("describe_table ACTIVE", ddb.describe_table(TableName="Music")["Table"]["TableStatus"] == "ACTIVE")

    ddb.put_item(TableName="Music", Item={"pk": {"S": "a"}, "sk": {"S": "1"}, "n": {"N": "1"}, "b": {"B": b"\x00\x01"}})
    item = ddb.get_item(TableName="Music", Key={"pk": {"S": "a"}, "sk": {"S": "1"}}, ConsistentRead=True).get("Item")
    check("get_item returns the item", item == {"pk": {"S": "a"}, "sk": {"S": "1"}, "n": {"N": "1"}, "b": {"B": b"\x00\x01"}}, item)

    updated = ddb.update_item(
        TableName="Music", Key={"pk": {"S": "a"}, "sk": {"S": "1"}},
        UpdateExpression="SET n = n + :one", ConditionExpression="n = :one",
        ExpressionAttributeValues={":one": {"N": "1"}}, ReturnValues="UPDATED_NEW")
    check("update_item with condition", updated.get("Attributes") == {"n": {"N": "2"}}, updated.get("Attributes"))

    code, message = error_code(lambda: ddb.update_item(
        TableName="Music", Key={"pk": {"S": "a"}, "sk": {"S": "1"}},
        UpdateExpression="SET n = n + :one", ConditionExpression="n = :one",
        ExpressionAttributeValues={":one": {"N": "1"}}))
    check("failed condition -> ConditionalCheckFailedException", code == "ConditionalCheckFailedException", code)
    check("its message", message == "The conditional request failed", message)
    try:
        ddb.put_item(TableName="Music", Item={"pk": {"S": "a"}, "sk": {"S": "1"}}, ConditionExpression="attribute_not_exists(pk)")
        check("modeled exception class", False, "no exception")
    except ddb.exceptions.ConditionalCheckFailedException:
        check("modeled exception class", True)

    batch = ddb.batch_write_item(RequestItems={"Music": [
        {"PutRequest": {"Item": {"pk": {"S": "a"}, "sk": {"S": str(i)}}}} for i in range(2, 7)]})
    check("batch_write_item, nothing unprocessed", batch.get("UnprocessedItems") == {}, batch.get("UnprocessedItems"))
    query = ddb.query(TableName="Music", KeyConditionExpression="pk = :a", ExpressionAttributeValues={":a": {"S": "a"}})
    check("query counts 6", query["Count"] == 6, query["Count"])

    backup = ddb.create_backup(TableName="Music", BackupName="nightly")["BackupDetails"]
    arn = backup["BackupArn"]
    listed = [b["BackupArn"] for b in ddb.list_backups(TableName="Music")["BackupSummaries"]]
    check("list_backups lists it", listed == [arn], listed)
    described = ddb.describe_backup(BackupArn=arn)["BackupDescription"]["BackupDetails"]
    check("describe_backup AVAILABLE", described["BackupStatus"] == "AVAILABLE", described["BackupStatus"])

    ddb.restore_table_from_backup(TargetTableName="Restored", BackupArn=arn)
    ddb.get_waiter("table_exists").wait(TableName="Restored", WaiterConfig={"Delay": 1, "MaxAttempts": 5})
    restored = ddb.scan(TableName="Restored", ConsistentRead=True)
    check("restored table holds 6 items", restored["Count"] == 6, restored["Count"])

    ddb.delete_table(TableName="Music")
    code, _ = error_code(lambda: ddb.describe_table(TableName="Music"))
    check("deleted table -> ResourceNotFoundException", code == "ResourceNotFoundException", code)
    check("list_tables", ddb.list_tables()["TableNames"] == ["Restored"], ddb.list_tables()["TableNames"])

    print(f"boto3 smoke: {len(failures)} failure(s)" + (": " + ", ".join(failures) if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
