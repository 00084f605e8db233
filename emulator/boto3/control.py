"""Drives the emulator's control interface next to boto3 and prints what happened, as one JSON object.

Usage: python3 control.py ENDPOINT_URL
The emulator must be fresh, with its control interface on. The assertions are in
boto3-control.int.test.ts: this script only records each step's output or error (code, HTTP
status, retry attempts). Faults and handshakes go through the control interface over plain HTTP
(urllib), as a Python application's own tests would reach it; the calls they affect go through
boto3 with botocore's standard retry mode.
"""
import json
import sys
import urllib.error
import urllib.request

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

URL = sys.argv[1]


# total_max_attempts counts the first attempt too (botocore's max_attempts would count retries
# only): 3 here is the same budget as AWS_MAX_ATTEMPTS=3 and the JS SDK's maxAttempts: 3.
client = boto3.client(
    "apprunner",
    endpoint_url=URL,
    region_name="us-east-1",
    aws_access_key_id="AKIDEXAMPLE",
    aws_secret_access_key="not-a-secret",
    config=Config(
        retries={"mode": "standard", "total_max_attempts": 3}, connect_timeout=5, read_timeout=10
    ),
)
steps = {}


def control(method, route, body=None):
    request = urllib.request.Request(
        f"{URL}/_emulator/{route}",
        method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return {"status": response.status, "body": json.loads(response.read() or b"{}")}
    except urllib.error.HTTPError as error:
        return {"status": error.code, "body": json.loads(error.read() or b"{}")}


def step(name, call):
    try:
        output = call()
        meta = output.pop("ResponseMetadata", {})
        steps[name] = {
            "ok": True,
            "status": meta.get("HTTPStatusCode"),
            "retries": meta.get("RetryAttempts"),
            "output": output,
        }
    except ClientError as error:
        meta = error.response["ResponseMetadata"]
        steps[name] = {
            "ok": False,
            "status": meta["HTTPStatusCode"],
            "retries": meta.get("RetryAttempts"),
            "code": error.response["Error"]["Code"],
        }


steps["inject-one"] = control("POST", "faults", {"operation": "CreateConnection", "kind": "error"})
step("create-after-one-fault", lambda: client.create_connection(ConnectionName="boto-ctl", ProviderType="GITHUB"))
steps["faults-after-one"] = control("GET", "faults")
# More faults than attempts: botocore gives up after its third attempt with the injected error.
steps["inject-three"] = control("POST", "faults", {"operation": "CreateConnection", "kind": "error", "count": 3})
step("create-after-three-faults", lambda: client.create_connection(ConnectionName="boto-ctl-2", ProviderType="GITHUB"))
step("list-before-handshake", lambda: client.list_connections(ConnectionName="boto-ctl"))
created = steps["create-after-one-fault"].get("output", {}).get("Connection", {})
steps["handshake"] = control("POST", "handshake", {"ConnectionArn": created.get("ConnectionArn", "none")})
step("list-after-handshake", lambda: client.list_connections(ConnectionName="boto-ctl"))
step("list-all-after-handshake", lambda: client.list_connections())
print(json.dumps(steps, default=lambda value: value.timestamp()))
