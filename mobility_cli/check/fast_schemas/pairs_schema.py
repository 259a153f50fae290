"""Made by `python tools/compile_schemas.py` from schemas/pairs.schema.json: do not edit."""
# ruff: noqa
# mypy: ignore-errors
VERSION = "2.22.3"
Decimal = float  # mobility: YAML never gives a Decimal


class JsonSchemaValueException(ValueError):
    """The data is not valid: this module's own, so that using it never imports fastjsonschema."""

    def __init__(self, message, *args, **kwargs):
        super().__init__(message)


JsonSchemaValuesException = JsonSchemaValueException


NoneType = type(None)

def validate_https___mobility_dev_schemas_pairs_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['pairs']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "pairs" in data_keys:
            data_keys.remove("pairs")
            data__pairs = data["pairs"]
            if not isinstance(data__pairs, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs must be array")
            data__pairs_is_list = isinstance(data__pairs, (list, tuple))
            if data__pairs_is_list:
                data__pairs_len = len(data__pairs)
                if data__pairs_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".pairs must contain at least 1 items")
                for data__pairs_x, data__pairs_item in enumerate(data__pairs):
                    validate_https___mobility_dev_schemas_pairs_schema_json___defs_pair(data__pairs_item, custom_formats, (name_prefix or "data") + ".pairs[{data__pairs_x}]".format(**locals()))
        if "unmatched" in data_keys:
            data_keys.remove("unmatched")
            data__unmatched = data["unmatched"]
            if not isinstance(data__unmatched, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".unmatched must be array")
            data__unmatched_is_list = isinstance(data__unmatched, (list, tuple))
            if data__unmatched_is_list:
                data__unmatched_len = len(data__unmatched)
                for data__unmatched_x, data__unmatched_item in enumerate(data__unmatched):
                    validate_https___mobility_dev_schemas_pairs_schema_json___defs_unmatched(data__unmatched_item, custom_formats, (name_prefix or "data") + ".unmatched[{data__unmatched_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___mobility_dev_schemas_pairs_schema_json___defs_unmatched(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['mentee']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "mentee" in data_keys:
            data_keys.remove("mentee")
            data__mentee = data["mentee"]
            if not isinstance(data__mentee, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentee must be string")
            if isinstance(data__mentee, str):
                data__mentee_len = len(data__mentee)
                if data__mentee_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentee must be longer than or equal to 1 characters")
                if data__mentee_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentee must be shorter than or equal to 100 characters")
        if "mentor" in data_keys:
            data_keys.remove("mentor")
            data__mentor = data["mentor"]
            if not isinstance(data__mentor, (NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentor must be null")
        if "score" in data_keys:
            data_keys.remove("score")
            data__score = data["score"]
            if not isinstance(data__score, (int, float, Decimal, NoneType)) or isinstance(data__score, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".score must be number or null")
        if "timezone" in data_keys:
            data_keys.remove("timezone")
            data__timezone = data["timezone"]
            if not isinstance(data__timezone, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must be string")
            if isinstance(data__timezone, str):
                data__timezone_len = len(data__timezone)
                if data__timezone_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must be longer than or equal to 1 characters")
                if data__timezone_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must be shorter than or equal to 200 characters")
        if "working_hours" in data_keys:
            data_keys.remove("working_hours")
            data__workinghours = data["working_hours"]
            if not isinstance(data__workinghours, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".working_hours must be string")
        else: data["working_hours"] = '09:00-17:00'
        if "reason" in data_keys:
            data_keys.remove("reason")
            data__reason = data["reason"]
            if not isinstance(data__reason, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be string or null")
            if isinstance(data__reason, str):
                data__reason_len = len(data__reason)
                if data__reason_len > 2000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be shorter than or equal to 2000 characters")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___mobility_dev_schemas_pairs_schema_json___defs_pair(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['mentee', 'mentor', 'timezone']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "mentee" in data_keys:
            data_keys.remove("mentee")
            data__mentee = data["mentee"]
            if not isinstance(data__mentee, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentee must be string")
            if isinstance(data__mentee, str):
                data__mentee_len = len(data__mentee)
                if data__mentee_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentee must be longer than or equal to 1 characters")
                if data__mentee_len > 100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentee must be shorter than or equal to 100 characters")
        if "mentor" in data_keys:
            data_keys.remove("mentor")
            data__mentor = data["mentor"]
            if not isinstance(data__mentor, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentor must be string")
            if isinstance(data__mentor, str):
                data__mentor_len = len(data__mentor)
                if data__mentor_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentor must be longer than or equal to 1 characters")
                if data__mentor_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".mentor must be shorter than or equal to 200 characters")
        if "score" in data_keys:
            data_keys.remove("score")
            data__score = data["score"]
            if not isinstance(data__score, (int, float, Decimal, NoneType)) or isinstance(data__score, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".score must be number or null")
        if "timezone" in data_keys:
            data_keys.remove("timezone")
            data__timezone = data["timezone"]
            if not isinstance(data__timezone, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must be string")
            if isinstance(data__timezone, str):
                data__timezone_len = len(data__timezone)
                if data__timezone_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must be longer than or equal to 1 characters")
                if data__timezone_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must be shorter than or equal to 200 characters")
        if "working_hours" in data_keys:
            data_keys.remove("working_hours")
            data__workinghours = data["working_hours"]
            if not isinstance(data__workinghours, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".working_hours must be string")
        else: data["working_hours"] = '09:00-17:00'
        if "reason" in data_keys:
            data_keys.remove("reason")
            data__reason = data["reason"]
            if not isinstance(data__reason, (str, NoneType)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be string or null")
            if isinstance(data__reason, str):
                data__reason_len = len(data__reason)
                if data__reason_len > 2000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be shorter than or equal to 2000 characters")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

SCHEMA_DIGEST = "8e6247f5"
validate = validate_https___mobility_dev_schemas_pairs_schema_json
