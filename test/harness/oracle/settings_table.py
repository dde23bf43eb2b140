"""Generates src/templating/prefect-settings.json: the Prefect settings a worker forwards to its jobs.

BaseJobConfiguration._base_environment() forwards every Prefect setting that was explicitly set
(`to_environment_variables(exclude_unset=True)`), under its canonical name and normalised by its type.
The table lists each leaf setting in model order (the order the reference emits them), the environment
names it is read from, and how its value is normalised. Run with the reference venv's python.
"""

import json
import sys
import typing

from pydantic import AliasChoices, SecretStr
from prefect.settings import Settings
from prefect.settings.base import PrefectBaseSettings


def kind_of(annotation):
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return kind_of(args[0])
    if origin is typing.Union or str(origin) == "types.UnionType":
        return kind_of(args[0]) if len(args) == 1 else "other"
    if origin is typing.Literal:
        values = list(typing.get_args(annotation))
        if all(isinstance(v, str) and v == v.upper() for v in values):
            return "upper"
        return "str"
    if annotation is bool:
        return "bool"
    if annotation is int:
        return "int"
    if annotation is float:
        return "float"
    if annotation in (str, SecretStr):
        return "str"
    return "other"


def walk(model_cls, out):
    prefix = model_cls.model_config.get("env_prefix")
    for key, field in model_cls.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, PrefectBaseSettings):
            walk(annotation, out)
            continue
        name = f"{prefix}{key.upper()}"
        names = [name]
        alias = field.validation_alias
        if isinstance(alias, AliasChoices):
            names += [a.upper() for a in alias.choices if isinstance(a, str)]
        elif isinstance(alias, str):
            names.append(alias.upper())
        out.append({"name": name, "envNames": list(dict.fromkeys(names)), "kind": kind_of(annotation)})


table = []
walk(Settings, table)
json.dump(table, sys.stdout, indent=1)
sys.stdout.write("\n")
