"""Made by `python tools/compile_schemas.py` from schemas/moves.schema.json: do not edit."""
# ruff: noqa
# mypy: ignore-errors
VERSION = "2.22.3"
Decimal = float  # mobility: YAML never gives a Decimal
import re


class JsonSchemaValueException(ValueError):
    """The data is not valid: this module's own, so that using it never imports fastjsonschema."""

    def __init__(self, message, *args, **kwargs):
        super().__init__(message)


JsonSchemaValuesException = JsonSchemaValueException


REGEX_PATTERNS = {
    '^[a-z0-9]+(-[a-z0-9]+)*$': re.compile('^[a-z0-9]+(-[a-z0-9]+)*\\Z'),
    '^p-[0-9a-z]{1,12}$': re.compile('^p-[0-9a-z]{1,12}\\Z'),
    'date_re_pattern': re.compile('^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)\\Z'),
    '^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$': re.compile('^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*\\Z')
}

NoneType = type(None)

def validate_https___mobility_example_schemas_moves_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['moves']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "headcount" in data_keys:
            data_keys.remove("headcount")
            data__headcount = data["headcount"]
            if not isinstance(data__headcount, (int)) and not (isinstance(data__headcount, float) and data__headcount.is_integer()) or isinstance(data__headcount, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".headcount must be integer")
            if isinstance(data__headcount, (int, float, Decimal)) and not isinstance(data__headcount, bool):
                if data__headcount < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".headcount must be bigger than or equal to 1")
        if "teams" in data_keys:
            data_keys.remove("teams")
            data__teams = data["teams"]
            if not isinstance(data__teams, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".teams must be object")
            data__teams_is_dict = isinstance(data__teams, dict)
            if data__teams_is_dict:
                data__teams_keys = set(data__teams.keys())
                for data__teams_key in data__teams_keys:
                    if data__teams_key not in []:
                        data__teams_value = data__teams.get(data__teams_key)
                        if not isinstance(data__teams_value, (int)) and not (isinstance(data__teams_value, float) and data__teams_value.is_integer()) or isinstance(data__teams_value, bool):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".teams.{data__teams_key}".format(**locals()) + " must be integer")
                        if isinstance(data__teams_value, (int, float, Decimal)) and not isinstance(data__teams_value, bool):
                            if data__teams_value < 1:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".teams.{data__teams_key}".format(**locals()) + " must be bigger than or equal to 1")
                data__teams_len = len(data__teams)
                if data__teams_len != 0:
                    data__teams_property_names = True
                    for data__teams_key in data__teams:
                        try:
                            if isinstance(data__teams_key, str):
                                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__teams_key):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".teams must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__teams_property_names = False
                    if not data__teams_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".teams must be named by propertyName definition")
        if "moves" in data_keys:
            data_keys.remove("moves")
            data__moves = data["moves"]
            if not isinstance(data__moves, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves must be array")
            data__moves_is_list = isinstance(data__moves, (list, tuple))
            if data__moves_is_list:
                data__moves_len = len(data__moves)
                for data__moves_x, data__moves_item in enumerate(data__moves):
                    if not isinstance(data__moves_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}]".format(**locals()) + " must be object")
                    data__moves_item_is_dict = isinstance(data__moves_item, dict)
                    if data__moves_item_is_dict:
                        data__moves_item__missing_keys = set(['person', 'date', 'kind']) - data__moves_item.keys()
                        if data__moves_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}]".format(**locals()) + " must contain ")
                        data__moves_item_keys = set(data__moves_item.keys())
                        if "person" in data__moves_item_keys:
                            data__moves_item_keys.remove("person")
                            data__moves_item__person = data__moves_item["person"]
                            if not isinstance(data__moves_item__person, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}].person".format(**locals()) + " must be string")
                            if isinstance(data__moves_item__person, str):
                                if not REGEX_PATTERNS['^p-[0-9a-z]{1,12}$'].search(data__moves_item__person):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}].person".format(**locals()) + " must match pattern ^p-[0-9a-z]{1,12}$")
                        if "date" in data__moves_item_keys:
                            data__moves_item_keys.remove("date")
                            data__moves_item__date = data__moves_item["date"]
                            if not isinstance(data__moves_item__date, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}].date".format(**locals()) + " must be string")
                            if isinstance(data__moves_item__date, str):
                                if not REGEX_PATTERNS["date_re_pattern"].match(data__moves_item__date):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}].date".format(**locals()) + " must be date")
                        if "kind" in data__moves_item_keys:
                            data__moves_item_keys.remove("kind")
                            data__moves_item__kind = data__moves_item["kind"]
                            if not (isinstance(data__moves_item__kind, str) and data__moves_item__kind == 'promotion' or isinstance(data__moves_item__kind, str) and data__moves_item__kind == 'lateral' or isinstance(data__moves_item__kind, str) and data__moves_item__kind == 'temporary' or isinstance(data__moves_item__kind, str) and data__moves_item__kind == 'return' or isinstance(data__moves_item__kind, str) and data__moves_item__kind == 'departure'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}].kind".format(**locals()) + " must be one of ['promotion', 'lateral', 'temporary', 'return', 'departure']")
                        if "from" in data__moves_item_keys:
                            data__moves_item_keys.remove("from")
                            data__moves_item__from = data__moves_item["from"]
                            validate_https___mobility_example_schemas_moves_schema_json___defs_place(data__moves_item__from, custom_formats, (name_prefix or "data") + ".moves[{data__moves_x}].from".format(**locals()))
                        if "to" in data__moves_item_keys:
                            data__moves_item_keys.remove("to")
                            data__moves_item__to = data__moves_item["to"]
                            validate_https___mobility_example_schemas_moves_schema_json___defs_place(data__moves_item__to, custom_formats, (name_prefix or "data") + ".moves[{data__moves_x}].to".format(**locals()))
                        if "posting" in data__moves_item_keys:
                            data__moves_item_keys.remove("posting")
                            data__moves_item__posting = data__moves_item["posting"]
                            if not isinstance(data__moves_item__posting, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}].posting".format(**locals()) + " must be string")
                            if isinstance(data__moves_item__posting, str):
                                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__moves_item__posting):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}].posting".format(**locals()) + " must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$")
                        if data__moves_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".moves[{data__moves_x}]".format(**locals()) + " must not contain "+str(data__moves_item_keys)+" properties")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___mobility_example_schemas_moves_schema_json___defs_place(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "team" in data_keys:
            data_keys.remove("team")
            data__team = data["team"]
            if not isinstance(data__team, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".team must be string")
            if isinstance(data__team, str):
                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__team):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".team must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$")
        if "level" in data_keys:
            data_keys.remove("level")
            data__level = data["level"]
            if not isinstance(data__level, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must be string")
            if isinstance(data__level, str):
                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$'].search(data__level):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must match pattern ^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

SCHEMA_DIGEST = "48e28ca2"
validate = validate_https___mobility_example_schemas_moves_schema_json
