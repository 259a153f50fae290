"""Made by `python tools/compile_schemas.py` from schemas/mentor.schema.json: do not edit."""
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
    '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$': re.compile('^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?\\Z'),
    '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$': re.compile('^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*\\Z'),
    '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$': re.compile('^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]\\Z')
}

NoneType = type(None)

def validate_https___mobility_dev_schemas_mentor_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'name', 'track', 'level', 'timezone']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string")
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string")
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters")
                if data__name_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be shorter than or equal to 200 characters")
        if "track" in data_keys:
            data_keys.remove("track")
            data__track = data["track"]
            if not isinstance(data__track, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".track must be string")
            if isinstance(data__track, str):
                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data__track):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".track must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$")
        if "level" in data_keys:
            data_keys.remove("level")
            data__level = data["level"]
            if not isinstance(data__level, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must be string")
            if isinstance(data__level, str):
                if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$'].search(data__level):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must match pattern ^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$")
        if "team" in data_keys:
            data_keys.remove("team")
            data__team = data["team"]
            if not isinstance(data__team, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".team must be string")
            if isinstance(data__team, str):
                data__team_len = len(data__team)
                if data__team_len > 200:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".team must be shorter than or equal to 200 characters")
        if "bio" in data_keys:
            data_keys.remove("bio")
            data__bio = data["bio"]
            if not isinstance(data__bio, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".bio must be string")
            if isinstance(data__bio, str):
                data__bio_len = len(data__bio)
                if data__bio_len > 2000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".bio must be shorter than or equal to 2000 characters")
        if "past_levels" in data_keys:
            data_keys.remove("past_levels")
            data__pastlevels = data["past_levels"]
            if not isinstance(data__pastlevels, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".past_levels must be array")
            data__pastlevels_is_list = isinstance(data__pastlevels, (list, tuple))
            if data__pastlevels_is_list:
                data__pastlevels_len = len(data__pastlevels)
                for data__pastlevels_x, data__pastlevels_item in enumerate(data__pastlevels):
                    if not isinstance(data__pastlevels_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".past_levels[{data__pastlevels_x}]".format(**locals()) + " must be string")
                    if isinstance(data__pastlevels_item, str):
                        if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$'].search(data__pastlevels_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".past_levels[{data__pastlevels_x}]".format(**locals()) + " must match pattern ^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$")
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
                if not REGEX_PATTERNS['^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$'].search(data__timezone):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".timezone must match pattern ^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$")
        if "working_hours" in data_keys:
            data_keys.remove("working_hours")
            data__workinghours = data["working_hours"]
            if not isinstance(data__workinghours, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".working_hours must be string")
            if isinstance(data__workinghours, str):
                if not REGEX_PATTERNS['^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$'].search(data__workinghours):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".working_hours must match pattern ^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$")
        if "capacity" in data_keys:
            data_keys.remove("capacity")
            data__capacity = data["capacity"]
            if not isinstance(data__capacity, (int)) and not (isinstance(data__capacity, float) and data__capacity.is_integer()) or isinstance(data__capacity, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".capacity must be integer")
            if isinstance(data__capacity, (int, float, Decimal)) and not isinstance(data__capacity, bool):
                if data__capacity < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".capacity must be bigger than or equal to 0")
        if "opt_in" in data_keys:
            data_keys.remove("opt_in")
            data__optin = data["opt_in"]
            if not isinstance(data__optin, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".opt_in must be boolean")
        if "history" in data_keys:
            data_keys.remove("history")
            data__history = data["history"]
            if not isinstance(data__history, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".history must be array")
            data__history_is_list = isinstance(data__history, (list, tuple))
            if data__history_is_list:
                data__history_len = len(data__history)
                for data__history_x, data__history_item in enumerate(data__history):
                    if not isinstance(data__history_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}]".format(**locals()) + " must be object")
                    data__history_item_is_dict = isinstance(data__history_item, dict)
                    if data__history_item_is_dict:
                        data__history_item__missing_keys = set(['outcome']) - data__history_item.keys()
                        if data__history_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}]".format(**locals()) + " must contain ")
                        data__history_item_keys = set(data__history_item.keys())
                        if "year" in data__history_item_keys:
                            data__history_item_keys.remove("year")
                            data__history_item__year = data__history_item["year"]
                            if not isinstance(data__history_item__year, (int)) and not (isinstance(data__history_item__year, float) and data__history_item__year.is_integer()) or isinstance(data__history_item__year, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}].year".format(**locals()) + " must be integer")
                            if isinstance(data__history_item__year, (int, float, Decimal)) and not isinstance(data__history_item__year, bool):
                                if data__history_item__year < 1970:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}].year".format(**locals()) + " must be bigger than or equal to 1970")
                                if data__history_item__year > 2100:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}].year".format(**locals()) + " must be smaller than or equal to 2100")
                        if "outcome" in data__history_item_keys:
                            data__history_item_keys.remove("outcome")
                            data__history_item__outcome = data__history_item["outcome"]
                            if not (isinstance(data__history_item__outcome, str) and data__history_item__outcome == 'moved' or isinstance(data__history_item__outcome, str) and data__history_item__outcome == 'progressing' or isinstance(data__history_item__outcome, str) and data__history_item__outcome == 'stalled' or isinstance(data__history_item__outcome, str) and data__history_item__outcome == 'ended-early'):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}].outcome".format(**locals()) + " must be one of ['moved', 'progressing', 'stalled', 'ended-early']")
                        if "rating" in data__history_item_keys:
                            data__history_item_keys.remove("rating")
                            data__history_item__rating = data__history_item["rating"]
                            if not isinstance(data__history_item__rating, (int)) and not (isinstance(data__history_item__rating, float) and data__history_item__rating.is_integer()) or isinstance(data__history_item__rating, bool):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}].rating".format(**locals()) + " must be integer")
                            if isinstance(data__history_item__rating, (int, float, Decimal)) and not isinstance(data__history_item__rating, bool):
                                if data__history_item__rating < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}].rating".format(**locals()) + " must be bigger than or equal to 1")
                                if data__history_item__rating > 5:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}].rating".format(**locals()) + " must be smaller than or equal to 5")
                        if data__history_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".history[{data__history_x}]".format(**locals()) + " must not contain "+str(data__history_item_keys)+" properties")
        if "active_mentees" in data_keys:
            data_keys.remove("active_mentees")
            data__activementees = data["active_mentees"]
            if not isinstance(data__activementees, (int)) and not (isinstance(data__activementees, float) and data__activementees.is_integer()) or isinstance(data__activementees, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".active_mentees must be integer")
            if isinstance(data__activementees, (int, float, Decimal)) and not isinstance(data__activementees, bool):
                if data__activementees < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".active_mentees must be bigger than or equal to 0")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

SCHEMA_DIGEST = "a20f7ce3"
validate = validate_https___mobility_dev_schemas_mentor_schema_json
