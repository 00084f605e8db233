"""Drives the emulator with boto3 and prints what happened, one JSON object per step.

Usage: python3 exercise.py ENDPOINT_URL
The emulator must be started with a connection quota of 3. The assertions are in
boto3.int.test.ts: this script only records each step's output or error (code, HTTP status).
Most steps call from eu-west-1; the "region-b-" steps call from us-west-2 (the Region is
taken from the SigV4 scope boto3 signs with), where nothing from eu-west-1 may be seen.
"""
import json
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError



def client_in(region):
    return boto3.client(
        "apprunner",
        endpoint_url=sys.argv[1],
        region_name=region,
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="not-a-secret",
        config=Config(retries={"total_max_attempts": 1}, connect_timeout=5, read_timeout=10),
    )


client = client_in("eu-west-1")
client_b = client_in("us-west-2")
steps = {}


def step(name, call):
    try:
        output = call()
        meta = output.pop("ResponseMetadata", {})
        steps[name] = {"ok": True, "status": meta.get("HTTPStatusCode"), "output": output}
    except ClientError as error:
        steps[name] = {
            "ok": False,
            "status": error.response["ResponseMetadata"]["HTTPStatusCode"],
            "code": error.response["Error"]["Code"],
            "message": error.response["Error"].get("Message"),
        }


tags = [{"Key": "team", "Value": "a"}, {"Key": "empty", "Value": ""}]
step("create", lambda: client.create_connection(ConnectionName="boto-one", ProviderType="GITHUB", Tags=tags))
arn = steps["create"]["output"]["Connection"]["ConnectionArn"] if steps["create"]["ok"] else "x"
step("create-duplicate", lambda: client.create_connection(ConnectionName="boto-one", ProviderType="GITHUB"))
step("create-invalid-name", lambda: client.create_connection(ConnectionName="!!abcd", ProviderType="GITHUB"))
step("create-two", lambda: client.create_connection(ConnectionName="boto-two", ProviderType="BITBUCKET"))
step("create-three", lambda: client.create_connection(ConnectionName="boto-three", ProviderType="GITHUB"))
step("create-over-quota", lambda: client.create_connection(ConnectionName="boto-four", ProviderType="GITHUB"))
step("list-filter", lambda: client.list_connections(ConnectionName="boto-two"))


def all_names(page_size):
    # botocore has no paginator for ListConnections: follow NextToken by hand, bounded.
    names, token = [], None
    for _ in range(20):
        page = client.list_connections(MaxResults=page_size, **({"NextToken": token} if token else {}))
        names += [c["ConnectionName"] for c in page["ConnectionSummaryList"]]
        token = page.get("NextToken")
        if not token:
            return names
    return names + ["<more than 20 pages>"]


steps["list-paginated"] = {"ok": True, "names": all_names(1)}
step("list-forged-token", lambda: client.list_connections(MaxResults=1, NextToken="forged"))
# A genuine token is bound to the parameters of the call that returned it.
first_page = client.list_connections(MaxResults=1)
token = first_page.get("NextToken", "no token on the first page")
step("list-token-other-max", lambda: client.list_connections(MaxResults=2, NextToken=token))
step("list-token-other-name", lambda: client.list_connections(MaxResults=1, NextToken=token, ConnectionName="boto-two"))
step("list-token-same-params", lambda: client.list_connections(MaxResults=1, NextToken=token))
# Without MaxResults: every connection in one page, and no NextToken.
step("list-without-max", lambda: client.list_connections())
# Another Region sees none of eu-west-1's connections, has a quota of its own, and puts its own
# Region in the ARNs it hands out; eu-west-1 does not see what it creates.
step("region-b-list", lambda: client_b.list_connections())
step("region-b-list-tags", lambda: client_b.list_tags_for_resource(ResourceArn=arn))
step("region-b-delete", lambda: client_b.delete_connection(ConnectionArn=arn))
step("region-b-create", lambda: client_b.create_connection(ConnectionName="boto-one", ProviderType="GITHUB"))
step("list-after-region-b", lambda: client.list_connections())
step("tag", lambda: client.tag_resource(ResourceArn=arn, Tags=[{"Key": "team", "Value": "b"}, {"Key": "env", "Value": "dev"}]))
step("untag", lambda: client.untag_resource(ResourceArn=arn, TagKeys=["empty"]))
step("list-tags", lambda: client.list_tags_for_resource(ResourceArn=arn))
step("tag-aws-key", lambda: client.tag_resource(ResourceArn=arn, Tags=[{"Key": "aws:x", "Value": "y"}]))
step("delete", lambda: client.delete_connection(ConnectionArn=arn))
step("delete-again", lambda: client.delete_connection(ConnectionArn=arn))
step("list-tags-deleted", lambda: client.list_tags_for_resource(ResourceArn=arn))
step("untag-deleted", lambda: client.untag_resource(ResourceArn=arn, TagKeys=["team"]))
print(json.dumps(steps, default=lambda value: value.timestamp()))
