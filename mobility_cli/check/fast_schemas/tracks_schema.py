"""Made by `python tools/compile_schemas.py` from schemas/tracks.schema.json: do not edit."""
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
    '^@[A-Za-z0-9][A-Za-z0-9_./-]*$|^[^@\\s]+@[^@\\s]+$': re.compile('^@[A-Za-z0-9][A-Za-z0-9_./-]*\\Z|^[^@\\s]+@[^@\\s]+\\Z')
}

NoneType = type(None)

def validate_https___mobility_dev_schemas_tracks_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['career_tracks']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "career_tracks" in data_keys:
            data_keys.remove("career_tracks")
            data__careertracks = data["career_tracks"]
            if not isinstance(data__careertracks, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".career_tracks must be object")
            data__careertracks_is_dict = isinstance(data__careertracks, dict)
            if data__careertracks_is_dict:
                data__careertracks_keys = set(data__careertracks.keys())
                for data__careertracks_key in data__careertracks_keys:
                    if data__careertracks_key not in []:
                        data__careertracks_value = data__careertracks.get(data__careertracks_key)
                        validate_https___mobility_dev_schemas_tracks_schema_json___defs_track(data__careertracks_value, custom_formats, (name_prefix or "data") + ".career_tracks.{data__careertracks_key}".format(**locals()))
                data__careertracks_len = len(data__careertracks)
                if data__careertracks_len != 0:
                    data__careertracks_property_names = True
                    for data__careertracks_key in data__careertracks:
                        try:
                            validate_https___mobility_dev_schemas_tracks_schema_json___defs_id(data__careertracks_key, custom_formats, (name_prefix or "data") + ".career_tracks")
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__careertracks_property_names = False
                    if not data__careertracks_property_names:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".career_tracks must be named by propertyName definition")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___mobility_dev_schemas_tracks_schema_json___defs_id(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$")
    return data

def validate_https___mobility_dev_schemas_tracks_schema_json___defs_track(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['levels']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
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
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
            if isinstance(data__description, str):
                data__description_len = len(data__description)
                if data__description_len > 2000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be shorter than or equal to 2000 characters")
        if "owners" in data_keys:
            data_keys.remove("owners")
            data__owners = data["owners"]
            if not isinstance(data__owners, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".owners must be array")
            data__owners_is_list = isinstance(data__owners, (list, tuple))
            if data__owners_is_list:
                data__owners_len = len(data__owners)
                for data__owners_x, data__owners_item in enumerate(data__owners):
                    if not isinstance(data__owners_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".owners[{data__owners_x}]".format(**locals()) + " must be string")
                    if isinstance(data__owners_item, str):
                        if not REGEX_PATTERNS['^@[A-Za-z0-9][A-Za-z0-9_./-]*$|^[^@\\s]+@[^@\\s]+$'].search(data__owners_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".owners[{data__owners_x}]".format(**locals()) + " must match pattern ^@[A-Za-z0-9][A-Za-z0-9_./-]*$|^[^@\\s]+@[^@\\s]+$")
        if "levels" in data_keys:
            data_keys.remove("levels")
            data__levels = data["levels"]
            if not isinstance(data__levels, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".levels must be array")
            data__levels_is_list = isinstance(data__levels, (list, tuple))
            if data__levels_is_list:
                data__levels_len = len(data__levels)
                if data__levels_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".levels must contain at least 1 items")
                for data__levels_x, data__levels_item in enumerate(data__levels):
                    validate_https___mobility_dev_schemas_tracks_schema_json___defs_level(data__levels_item, custom_formats, (name_prefix or "data") + ".levels[{data__levels_x}]".format(**locals()))
        if "lateral_moves" in data_keys:
            data_keys.remove("lateral_moves")
            data__lateralmoves = data["lateral_moves"]
            if not isinstance(data__lateralmoves, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".lateral_moves must be array")
            data__lateralmoves_is_list = isinstance(data__lateralmoves, (list, tuple))
            if data__lateralmoves_is_list:
                data__lateralmoves_len = len(data__lateralmoves)
                for data__lateralmoves_x, data__lateralmoves_item in enumerate(data__lateralmoves):
                    validate_https___mobility_dev_schemas_tracks_schema_json___defs_lateral(data__lateralmoves_item, custom_formats, (name_prefix or "data") + ".lateral_moves[{data__lateralmoves_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___mobility_dev_schemas_tracks_schema_json___defs_lateral(data, custom_formats={}, name_prefix=None):
    data_any_of_count1 = 0
    if not data_any_of_count1:
        try:
            validate_https___mobility_dev_schemas_tracks_schema_json___defs_id(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count1:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['to']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
                data_keys = set(data.keys())
                if "to" in data_keys:
                    data_keys.remove("to")
                    data__to = data["to"]
                    validate_https___mobility_dev_schemas_tracks_schema_json___defs_id(data__to, custom_formats, (name_prefix or "data") + ".to")
                if "min_grade" in data_keys:
                    data_keys.remove("min_grade")
                    data__mingrade = data["min_grade"]
                    if not isinstance(data__mingrade, (int)) and not (isinstance(data__mingrade, float) and data__mingrade.is_integer()) or isinstance(data__mingrade, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".min_grade must be integer")
                    if isinstance(data__mingrade, (int, float, Decimal)) and not isinstance(data__mingrade, bool):
                        if data__mingrade < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".min_grade must be bigger than or equal to 0")
                if "grade_offset" in data_keys:
                    data_keys.remove("grade_offset")
                    data__gradeoffset = data["grade_offset"]
                    if not isinstance(data__gradeoffset, (int)) and not (isinstance(data__gradeoffset, float) and data__gradeoffset.is_integer()) or isinstance(data__gradeoffset, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".grade_offset must be integer")
                if "map" in data_keys:
                    data_keys.remove("map")
                    data__map = data["map"]
                    if not isinstance(data__map, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".map must be object")
                    data__map_is_dict = isinstance(data__map, dict)
                    if data__map_is_dict:
                        data__map_keys = set(data__map.keys())
                        for data__map_key in data__map_keys:
                            if data__map_key not in []:
                                data__map_value = data__map.get(data__map_key)
                                validate_https___mobility_dev_schemas_tracks_schema_json___defs_id(data__map_value, custom_formats, (name_prefix or "data") + ".map.{data__map_key}".format(**locals()))
                        data__map_len = len(data__map)
                        if data__map_len != 0:
                            data__map_property_names = True
                            for data__map_key in data__map:
                                try:
                                    validate_https___mobility_dev_schemas_tracks_schema_json___defs_id(data__map_key, custom_formats, (name_prefix or "data") + ".map")
                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                    data__map_property_names = False
                            if not data__map_property_names:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".map must be named by propertyName definition")
                if "description" in data_keys:
                    data_keys.remove("description")
                    data__description = data["description"]
                    if not isinstance(data__description, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
                    if isinstance(data__description, str):
                        data__description_len = len(data__description)
                        if data__description_len > 2000:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be shorter than or equal to 2000 characters")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count1 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count1:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

def validate_https___mobility_dev_schemas_tracks_schema_json___defs_level(data, custom_formats={}, name_prefix=None):
    data_any_of_count2 = 0
    if not data_any_of_count2:
        try:
            validate_https___mobility_dev_schemas_tracks_schema_json___defs_id(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count2:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['id']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
                data_keys = set(data.keys())
                if "id" in data_keys:
                    data_keys.remove("id")
                    data__id = data["id"]
                    validate_https___mobility_dev_schemas_tracks_schema_json___defs_id(data__id, custom_formats, (name_prefix or "data") + ".id")
                if "title" in data_keys:
                    data_keys.remove("title")
                    data__title = data["title"]
                    if not isinstance(data__title, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string")
                    if isinstance(data__title, str):
                        data__title_len = len(data__title)
                        if data__title_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters")
                        if data__title_len > 200:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be shorter than or equal to 200 characters")
                if "grade" in data_keys:
                    data_keys.remove("grade")
                    data__grade = data["grade"]
                    if not isinstance(data__grade, (int)) and not (isinstance(data__grade, float) and data__grade.is_integer()) or isinstance(data__grade, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".grade must be integer")
                    if isinstance(data__grade, (int, float, Decimal)) and not isinstance(data__grade, bool):
                        if data__grade < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".grade must be bigger than or equal to 0")
                if "months" in data_keys:
                    data_keys.remove("months")
                    data__months = data["months"]
                    if not isinstance(data__months, (int)) and not (isinstance(data__months, float) and data__months.is_integer()) or isinstance(data__months, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".months must be integer")
                    if isinstance(data__months, (int, float, Decimal)) and not isinstance(data__months, bool):
                        if data__months < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".months must be bigger than or equal to 0")
                if "description" in data_keys:
                    data_keys.remove("description")
                    data__description = data["description"]
                    if not isinstance(data__description, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be string")
                    if isinstance(data__description, str):
                        data__description_len = len(data__description)
                        if data__description_len > 2000:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".description must be shorter than or equal to 2000 characters")
                if "retired" in data_keys:
                    data_keys.remove("retired")
                    data__retired = data["retired"]
                    if not isinstance(data__retired, (bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".retired must be boolean")
                if data_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
            data_any_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
    if not data_any_of_count2:
        raise JsonSchemaValueException("" + (name_prefix or "data") + " cannot be validated by any definition")
    return data

SCHEMA_DIGEST = "30156777"
validate = validate_https___mobility_dev_schemas_tracks_schema_json
